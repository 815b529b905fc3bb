package org.lms.domain.account;

public enum MembershipStatus {
    TRIAL, ACTIVE, CANCELLED
}
