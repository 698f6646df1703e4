package org.eregistrations.web.supervise;

/**
 * The working clocks were built again (hours or holidays changed, or the instance's time zone), fired synchronously
 * inside the rebuild's transaction, so that whatever was read on the old clocks is read again in the same commit.
 */
public record ClocksRebuilt() {}
