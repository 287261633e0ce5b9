package org.pressfacts.tagging.linking;

/**
 * Folds a word to its matching key: lower case, no diacritics, and the letters that NFKD cannot decompose
 * (ß, ø, ł, ı, æ, œ, đ, þ) spelled out. "Tokaïev" and "TOKAIEV" fold alike.
 */
public final class Fold {

    private Fold() {}

    public static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            appendFolded(s.charAt(i), out);
        }
        return out.toString();
    }

    static void appendFolded(char c, StringBuilder out) {
        if (c < 128) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            return;
        }
        switch (c) {
            case 'ß' -> out.append("ss");
            case 'ø', 'Ø' -> out.append('o');
            case 'ł', 'Ł' -> out.append('l');
            case 'ı', 'İ' -> out.append('i');
            case 'æ', 'Æ' -> out.append("ae");
            case 'œ', 'Œ' -> out.append("oe");
            case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
            case 'þ', 'Þ' -> out.append("th");
            case '’', '‘', 'ʼ', '`', '´' -> out.append('\'');
            default -> {
                String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKD);
                for (int j = 0; j < decomposed.length(); j++) {
                    char d = decomposed.charAt(j);
                    if (Character.getType(d) != Character.NON_SPACING_MARK) {
                        out.append(Character.toLowerCase(d));
                    }
                }
            }
        }
    }
}
