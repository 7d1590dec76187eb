package org.lacreview.bot.corpus;

import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import org.lacreview.bot.chat.ChatSettings;
import org.lacreview.bot.chat.LiveEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serves the live corpus version from the database at start-up (publishing the bundled
 * corpus as version 1 on an empty database) and wires publishing. A bundled corpus with
 * errors on an empty database stops the start.
 */
@Configuration(proxyBeanMethods = false)
class CorpusConfiguration {

	@Bean
	CorpusVersions corpusVersions(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
		return new CorpusVersions(jdbc, transactions, CorpusVersions.isH2(dataSource));
	}

	@Bean
	JdbcTrainedModels trainedModels(JdbcClient jdbc) {
		return new JdbcTrainedModels(jdbc, Clock.systemUTC());
	}

	@Bean
	CandidateBuilder candidateBuilder(PublishingSettings settings, JdbcTrainedModels models) {
		return new CandidateBuilder(settings.limits(),
				new BuildMemory(settings.buildMemory().toBytes(), Runtime.getRuntime()),
				new ShippedTrainedModels(models), settings.childTraining());
	}

	@Bean
	LiveEngine liveEngine(CorpusVersions versions, CandidateBuilder builder, ChatSettings settings,
			ObjectProvider<EarlyBundledCorpus.Build> early, JdbcTrainedModels models) {
		// The early build keeps what it trains here from now on (and what it trained
		// before the database was ready).
		Optional.ofNullable(early.getIfAvailable()).ifPresent(build -> build.models().handOver(models));
		return CorpusBootstrap.bootstrap(versions, builder, settings.corpus(), Clock.systemUTC(),
				Optional.ofNullable(early.getIfAvailable()));
	}

	@Bean
	CorpusPublisher corpusPublisher(CorpusVersions versions, CandidateBuilder builder, LiveEngine live) {
		return new CorpusPublisher(versions, builder, live, Clock.systemUTC());
	}

	@Bean
	CorpusHealthIndicator corpusHealthIndicator(LiveEngine live) {
		return new CorpusHealthIndicator(live);
	}

	@Bean
	LiveVersionPoller liveVersionPoller(CorpusPublisher publisher, PublishingSettings settings) {
		return new LiveVersionPoller(publisher, settings.measureGoldenAtStart());
	}

}
