package org.lacreview.index.golden;

import java.util.List;

import org.lacreview.index.corpus.Location;

/** A golden test: one question, or a dialog whose turns share a conversation. */
public record GoldenItem(String id, List<GoldenTurn> turns, Location location) {

	public GoldenItem {
		turns = List.copyOf(turns);
	}
}
