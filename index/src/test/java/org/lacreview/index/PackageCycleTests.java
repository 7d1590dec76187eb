package org.lacreview.index;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's subpackages depend on each other without cycles.
 */
@AnalyzeClasses(packages = "org.lacreview.index", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCycleTests {

	@ArchTest
	static final ArchRule subpackagesAreFreeOfCycles = slices().matching("org.lacreview.index.(*)..")
		.should()
		.beFreeOfCycles();

}
