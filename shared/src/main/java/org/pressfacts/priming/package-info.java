/** SnapStart priming: the once-per-container warm-up each function runs before Lambda snapshots it. */
package org.pressfacts.priming;
