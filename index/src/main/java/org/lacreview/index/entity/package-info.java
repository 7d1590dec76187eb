/**
 * The entity stage: what a question names.
 * {@link org.lacreview.index.entity.EntityExtractor} gathers the mentions of
 * {@link org.lacreview.index.entity.ValueNameFinder} (names, OpenNLP's dictionary finder
 * over stems; a short title qualified as someone the corpus does not know, "el director
 * general de la OIT", is read by {@link org.lacreview.index.entity.NameQualifiers} as
 * naming what the document does not cover),
 * {@link org.lacreview.index.entity.NumberedValueFinder} ("área 5", "el último día", "los
 * dos primeros días"), {@link org.lacreview.index.entity.TopValuesFinder} ("los dos
 * grupos más grandes"), {@link org.lacreview.index.entity.DateFinder} (dates in every
 * common form, with {@link org.lacreview.index.entity.DateVocabulary} and
 * {@link org.lacreview.index.entity.DateResolver}; only for a corpus with dated values)
 * and {@link org.lacreview.index.entity.RelativeDays} ("the day before"), keeps the
 * longest of overlapping ones (dropping a value by order that is a part of the next
 * mention: "the last day of the consultations"), masks them and reads
 * {@link org.lacreview.index.entity.ConversationCues}; the result is an
 * {@link org.lacreview.index.entity.Extraction}. Whole families named by count ("los tres
 * días") are read apart, unmasked, by
 * {@link org.lacreview.index.entity.WholeFamilyFinder}. Names that hold only in a list of
 * a family's values, or beside a value whose text gives them a figure ("trabajadores y
 * parlamentarios", "la consulta del 12 de abril, entidades + ONU"), are added by
 * {@link org.lacreview.index.entity.ListedNames}.
 */
package org.lacreview.index.entity;
