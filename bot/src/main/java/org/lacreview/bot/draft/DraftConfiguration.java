package org.lacreview.bot.draft;

import java.time.Clock;

import org.lacreview.bot.audit.AuditLog;
import org.lacreview.bot.corpus.CorpusPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the shared draft: its table, its checks, editing and reviewing it. */
@Configuration(proxyBeanMethods = false)
class DraftConfiguration {

	@Bean
	DraftStore draftStore(JdbcClient jdbc, TransactionTemplate transactions) {
		return new DraftStore(jdbc, transactions);
	}

	@Bean
	DraftChecks draftChecks(CorpusPublisher publisher) {
		return new DraftChecks(publisher);
	}

	@Bean
	DraftEdits draftEdits(DraftStore store, CorpusPublisher publisher, AuditLog audit) {
		return new DraftEdits(store, publisher, audit, Clock.systemUTC());
	}

	@Bean
	DraftService draftService(DraftEdits edits, DraftChecks checks, AuditLog audit) {
		return new DraftService(edits, checks, audit);
	}

	@Bean
	DraftEntities draftEntities(DraftEdits edits, DraftChecks checks, AuditLog audit) {
		return new DraftEntities(edits, checks, audit);
	}

	@Bean
	DraftSections draftSections(DraftEdits edits, DraftChecks checks, AuditLog audit) {
		return new DraftSections(edits, checks, audit);
	}

	@Bean
	DraftReview draftReview(DraftStore store, DraftEdits edits, DraftChecks checks, CorpusPublisher publisher,
			AuditLog audit) {
		return new DraftReview(store, edits, checks, publisher, audit, Clock.systemUTC());
	}

}
