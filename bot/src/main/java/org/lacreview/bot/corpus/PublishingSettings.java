package org.lacreview.bot.corpus;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of corpus publishing ({@code chatbot.publishing.*}).
 *
 * @param pollInterval how often an instance checks whether another one published a
 * version
 * @param maxUpload largest zip accepted
 * @param maxFiles most files in a zip
 * @param maxFileSize largest file once unpacked
 * @param maxUnpacked largest total once unpacked
 * @param measureGoldenAtStart whether a version without a golden score gets one in the
 * background after start-up (otherwise the first publish measures it)
 * @param buildMemory most heap that building uploaded corpora may take at once, as
 * estimated before building (an upload beyond it, or beyond the heap free, is refused
 * with why); 0 means a third of the maximum heap. A corpus whose training does not fit is
 * trained in a separate JVM instead ({@link ChildTraining})
 * @param trainingMemory the largest heap a separate JVM training an intent model may have
 * (an upload needing more is refused with why)
 * @param trainingTimeout how long training in a separate JVM may take
 */
@ConfigurationProperties("chatbot.publishing")
public record PublishingSettings(@DefaultValue("5s") Duration pollInterval, @DefaultValue("10MB") DataSize maxUpload,
		@DefaultValue("2000") int maxFiles, @DefaultValue("2MB") DataSize maxFileSize,
		@DefaultValue("50MB") DataSize maxUnpacked, @DefaultValue("true") boolean measureGoldenAtStart,
		@DefaultValue("0MB") DataSize buildMemory, @DefaultValue("1GB") DataSize trainingMemory,
		@DefaultValue("10m") Duration trainingTimeout) {

	ChildTraining childTraining() {
		return new ChildTraining(trainingMemory.toBytes(), trainingTimeout);
	}

	CorpusArchive.Limits limits() {
		return new CorpusArchive.Limits(maxFiles, maxFileSize.toBytes(), maxUnpacked.toBytes());
	}
}
