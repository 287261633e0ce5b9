package org.pressfacts.submit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.pressfacts.article.ArticleDraft;
import org.pressfacts.article.ArticleService;
import org.pressfacts.article.ArticleView;
import org.pressfacts.http.Requests;
import org.pressfacts.http.Responses;
import org.pressfacts.priming.Priming;

/** POST /articles: stores a new article or revision; tagging happens later, from the table's stream. */
public final class SubmitArticleHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final ArticleService articles;

    public SubmitArticleHandler() {
        this(ArticleService.fromEnvironment());  // built once per cold start
        Priming.register(articles::prime);  // run once, before SnapStart's snapshot
    }

    SubmitArticleHandler(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return Responses.handle(event, context, () -> {
            ArticleDraft draft = ArticleDraft.from(Requests.jsonBody(event), articles.clock());
            ArticleService.Submission submission = articles.submit(draft);
            String location = "/articles/" + submission.article().id();
            return switch (submission.outcome()) {
                case CREATED -> Responses.created(location, ArticleView.of(submission));
                case UNCHANGED, REVISED -> Responses.withStatus(200, location, ArticleView.of(submission));
            };
        });
    }
}
