package org.pressfacts.tagging.kb;

/** A data file of the knowledge base is wrong: the message names file and line. */
public final class KnowledgeBaseException extends RuntimeException {
    public KnowledgeBaseException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }

    public KnowledgeBaseException(String message) {
        super(message);
    }
}
