package org.lacreview.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries between the features: channels call the chat service, never each other,
 * and the engine knows no Spring.
 */
@AnalyzeClasses(packages = "org.lacreview", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

	@ArchTest
	static final ArchRule theEngineKnowsNoSpring = noClasses().that()
		.resideInAPackage("org.lacreview.index..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework..");

	@ArchTest
	static final ArchRule theEngineKnowsNoChannel = noClasses().that()
		.resideInAPackage("org.lacreview.index..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.lacreview.bot..");

	@ArchTest
	static final ArchRule theChatServiceKnowsNoChannel = noClasses().that()
		.resideInAPackage("org.lacreview.bot.chat..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.lacreview.bot.web..", "org.lacreview.bot.feedback..", "org.lacreview.bot.telegram..");

	@ArchTest
	static final ArchRule theChannelsKnowNothingOfEachOther = noClasses().that()
		.resideInAPackage("org.lacreview.bot.telegram..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.lacreview.bot.web..");

	@ArchTest
	static final ArchRule theWebKnowsNoTelegram = noClasses().that()
		.resideInAPackage("org.lacreview.bot.web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.lacreview.bot.telegram..");

	@ArchTest
	static final ArchRule feedbackKnowsNoChannel = noClasses().that()
		.resideInAPackage("org.lacreview.bot.feedback..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.lacreview.bot.web..");

	@ArchTest
	static final ArchRule nothingDependsOnTheStaffTools = noClasses().that()
		.resideOutsideOfPackage("org.lacreview.bot.admin..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.lacreview.bot.admin..");

	@ArchTest
	static final ArchRule publishingAndTheLogsKnowNoChannel = noClasses().that()
		.resideInAnyPackage("org.lacreview.bot.corpus..", "org.lacreview.bot.insights..",
				"org.lacreview.bot.feedback..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.lacreview.bot.web..", "org.lacreview.bot.telegram..");

}
