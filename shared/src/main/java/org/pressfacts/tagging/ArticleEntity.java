package org.pressfacts.tagging;

import java.time.LocalDate;

/** An entity as tagged in one article revision, with every mention of it: what one mention item stores. */
public record ArticleEntity(String articleId, int revision, LocalDate publishedDate, String kbVersion,
                            TaggedEntity entity) {}
