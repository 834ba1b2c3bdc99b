package io.linecare.network;

/** OLT serves fibre lines (broadband, VoIP); CMTS serves cable TV. */
public enum AccessNodeKind {
    OLT,
    CMTS
}
