package org.pressfacts.tagging.dates;

/** The tense of the clause a time expression sits in; PRESENT also stands for "no clear tense". */
public enum Tense { PAST, PRESENT, FUTURE }
