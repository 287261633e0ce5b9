package org.pressfacts.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses RSS 0.9x/1.0 (RDF)/2.0 and Atom with Rome; refuses what is not a feed before parsing it. */
public final class FeedParser {

    /** Media types that are never feeds; anything else (feeds are served under many types) is parsed. */
    private static final Pattern NOT_A_FEED_TYPE = Pattern.compile(
            "text/html|application/(json|pdf|javascript)|image/.*|video/.*|audio/.*");
    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html)\\b");

    private FeedParser() {}

    /** A parsed feed: its entries in document order. */
    public record Parsed(String type, List<FeedEntry> entries) {
        public Parsed {
            entries = List.copyOf(entries);
        }
    }

    /** @throws FetchException saying why this is not a feed Pressfacts reads (HTML page, DOCTYPE, malformed XML, …) */
    public static Parsed parse(byte[] body, String contentType) throws FetchException {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "");
        if (HTML_START.matcher(head).find()) {
            throw new FetchException("an HTML page, not a feed (Content-Type " + describe(contentType) + ")");
        }
        if (NOT_A_FEED_TYPE.matcher(mediaType).matches()) {
            throw new FetchException("Content-Type " + contentType + " is not a feed");
        }
        SyndFeedInput input = new SyndFeedInput();
        // DOCTYPEs refused outright: no external entity, DTD or entity expansion is ever read (XXE, billion laughs)
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            feed = input.build(reader);
        } catch (FeedException e) {
            throw new FetchException("not a readable feed: " + rootCause(e));
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException("not a readable feed: " + e.getMessage());
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(new FeedEntry(blankToNull(entry.getLink()), blankToNull(entry.getUri()),
                    blankToNull(entry.getTitle()), blankToNull(entry.getAuthor()),
                    entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue()),
                    content(entry.getContents()), instant(entry.getPublishedDate(), entry.getUpdatedDate())));
        }
        return new Parsed(feed.getFeedType(), entries);
    }

    private static String content(List<SyndContent> contents) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : contents) {
            if (content.getValue() != null) {
                html.append(content.getValue()).append('\n');
            }
        }
        return blankToNull(html.toString());
    }

    private static Instant instant(Date published, Date updated) {
        Date date = published != null ? published : updated;
        return date == null ? null : date.toInstant();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static String describe(String contentType) {
        return contentType == null ? "absent" : contentType;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
