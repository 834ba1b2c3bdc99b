package io.linecare.communication.sms;

/**
 * The GSM 03.38 default alphabet: the basic set (one septet each) and the extension table (an escape plus one
 * septet, so two septets each).
 */
final class GsmAlphabet {

    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    static final String EXTENSION = "\f^{}\\[~]|€";

    private GsmAlphabet() {
    }

    static boolean isBasic(char c) {
        return BASIC.indexOf(c) >= 0;
    }

    static boolean isExtension(char c) {
        return EXTENSION.indexOf(c) >= 0;
    }

    /** Septets one character takes: 1 (basic), 2 (extension) or -1 (not encodable in GSM-7). */
    static int septets(char c) {
        if (isBasic(c)) {
            return 1;
        }
        return isExtension(c) ? 2 : -1;
    }

    static boolean isGsm7(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
