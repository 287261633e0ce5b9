package org.pressfacts.http;

/** Thrown by services for an error the client must see; {@link Responses#handle} renders it as problem+json. */
public final class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
