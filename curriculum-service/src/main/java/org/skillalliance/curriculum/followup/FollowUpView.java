package org.skillalliance.curriculum.followup;

/** A follow-up with the title of its seat's course and its status on the day it was read. */
public record FollowUpView(FollowUp followUp, String courseTitle, FollowUpStatus status) {}
