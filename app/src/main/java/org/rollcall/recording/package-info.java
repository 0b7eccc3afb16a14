/** Links call recordings to calls and marks; QA playback and review. Storage itself is the recordings-store library. */
package org.rollcall.recording;
