package org.pressfacts.tagging.dates;

/** A bad line in kb/date-words.tsv; the message names the file and line. Fixed by editing the data file. */
public final class DateWordsException extends RuntimeException {

    DateWordsException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
