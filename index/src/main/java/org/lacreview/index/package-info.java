/**
 * The answer engine: from a question and the conversation so far to an answer drawn from
 * the corpus, or an honest "I don't know".
 *
 * <h2>Building the engine</h2> {@link org.lacreview.index.AnswerEngine#build} hands the
 * corpus ({@link org.lacreview.index.corpus}) to
 * {@link org.lacreview.index.EngineBuilder}, once per corpus: every intent example is
 * read by the {@link org.lacreview.index.entity.EntityExtractor} (values masked as
 * {@code ent_<family>}) and analysed in its language
 * ({@link org.lacreview.index.text.LanguageAnalyzer}), in parallel; the analysed
 * examples, the document's sections and the corpus's words
 * ({@link org.lacreview.index.Vocabulary}) make the Lucene
 * {@link org.lacreview.index.ExampleIndex} (each term looked up once, when first
 * searched: {@link org.lacreview.index.IndexTerms}); the analysed examples train the
 * {@link org.lacreview.index.IntentClassifier} (on its own thread, while the index is
 * built; or its model, trained before on the same examples, is loaded from the
 * {@link org.lacreview.index.TrainedModels} the caller keeps) and make the
 * {@link org.lacreview.index.IntentVocabulary} and
 * {@link org.lacreview.index.DefiningFamilies}; OpenNLP's language model is loaded for
 * the {@link org.lacreview.index.text.LanguageDetector} (on a second thread). The engine
 * is then immutable and shared by every conversation.
 *
 * <h2>Answering a question</h2>
 * {@link org.lacreview.index.AnswerEngine#answer(String, org.lacreview.index.LanguageHints, org.lacreview.index.DialogState)}
 * runs these stages, in order:
 * <ol>
 * <li><b>Language</b> — {@link org.lacreview.index.LanguageChoice} with
 * {@link org.lacreview.index.text.LanguageDetector}: the language the question is read in
 * (the one it is written in), and the reply's language from the asker's choice, the
 * question, the conversation and the channel's {@link org.lacreview.index.LanguageHints}.
 * A text in a language the corpus lacks stops here with the sentence naming the languages
 * the bot speaks.</li>
 * <li><b>Reading the question</b> — {@link org.lacreview.index.text.QuestionReader} with
 * the language's {@link org.lacreview.index.corpus.Phrasing}: the question cut from its
 * preamble, informal spellings ("qnts") made standard, fillers dropped; a sentence giving
 * figures or asking a computation is kept for questions after it that name no value
 * ({@link org.lacreview.index.text.Statements}); all on folded text
 * ({@link org.lacreview.index.folding.Folding}).</li>
 * <li><b>Spelling</b> — {@link org.lacreview.index.SpellingCorrector}: words the corpus
 * does not know replaced by the closest it knows (Lucene's spell checker in
 * {@link org.lacreview.index.ExampleIndex}).</li>
 * <li><b>Splitting</b> — {@link org.lacreview.index.text.QuestionSplitter}: a message
 * that asks up to three things becomes its questions (an interrogative that asks only
 * with its accent, "y qué…", is marked as a question before the message is folded, or its
 * unaccented form in a message that writes no accent; one way of asking said for two
 * topics, "qué dijeron sobre A y sobre B", goes with each:
 * {@link org.lacreview.index.text.SharedAsking}; one question of two topics opened by the
 * same word, "cuántos por A y por B": {@link org.lacreview.index.text.ParallelTopics}; a
 * topic and a list of things asked of it, "talleres: fecha y lugar":
 * {@link org.lacreview.index.text.TopicList}; requests listed before a count phrase,
 * "fecha y número de inscritos": {@link org.lacreview.index.text.RequestList}), each
 * taken through the stages below in turn by {@link org.lacreview.index.PartAnswers} and
 * the replies joined by {@link org.lacreview.index.PartsComposer}; a message refused
 * whole is answered so at its question marks
 * ({@link org.lacreview.index.text.QuestionSplitter#atQuestionMarks}), or item by item
 * when it lists three requests and each is answered
 * ({@link org.lacreview.index.text.QuestionSplitter#atListSeparators}). The stages below
 * run in {@link org.lacreview.index.QuestionAnswerer}, one question at a time: the
 * entities and follow-up stages in {@link org.lacreview.index.QuestionRewriting}, a word
 * pointing back read as the last answer's subject by
 * {@link org.lacreview.index.AntecedentChoice}, the computation asked in the conversation
 * by {@link org.lacreview.index.OperationInContext}.</li>
 * <li><b>Entities</b> — {@link org.lacreview.index.entity.EntityExtractor}: the values
 * the question names (by name, number or order, and dates with
 * {@link org.lacreview.index.entity.DateFinder}), masked, into an
 * {@link org.lacreview.index.entity.Extraction}, read again without a list of values left
 * open ("(talleres, charlas, etc.)": examples, {@link org.lacreview.index.OpenLists}); an
 * ordinal whose noun the question said once already ("the last day compared with the
 * first") is read with it ({@link org.lacreview.index.ElidedOrderWords}), and so is a
 * second value whose head noun it said once ("los talleres de cocina y los de cerámica",
 * {@link org.lacreview.index.ElidedHeads}; "los talleres de cocina o de cerámica",
 * {@link org.lacreview.index.SharedHeads}), and, in a comparison, a value named by a
 * superlative ("than the busiest day", {@link org.lacreview.index.SuperlativeOperands}),
 * and, in a question asking a time between dates, a duration or days added up
 * ({@link org.lacreview.index.DaysOfSpans}), an end said by a common word ("la reunión",
 * {@link org.lacreview.index.SpanEnds}) or by a word pointing back at the last answer's
 * dated value ("esas consultas", {@link org.lacreview.index.PointedEnds}).</li>
 * <li><b>Follow-up</b> — {@link org.lacreview.index.FollowUpRewriter#inContext}: "¿y el
 * segundo?" read as a position among the values of the last answer's family, or among the
 * values the last answer listed ({@link org.lacreview.index.DialogState#listed()}), "¿y
 * el siguiente?" as the value one step on in that list or in the family's order
 * ({@link org.lacreview.index.StepFollowUps}), and "¿y por YouTube?" as the previous
 * question with YouTube in place of the value of its kind (or "¿y la de sociedad civil?"
 * as the value of the previous question's family whose name holds those words,
 * {@link org.lacreview.index.NamesHolding}), then its entities extracted again. Before
 * that, {@link org.lacreview.index.FigureHolders}: a value named right after an answer
 * whose value's text gives it a figure is read as asked about that value ("¿y cuántos
 * patrocinadores?" after the fair).</li>
 * <li><b>Sections</b> — {@link org.lacreview.index.QuestionRanking} with
 * {@link org.lacreview.index.ExampleIndex#sections}: the document's sections closest to
 * the question, a hint for the intents whose sources they are.</li>
 * <li><b>Intents</b> — {@link org.lacreview.index.QuestionRanking} with
 * {@link org.lacreview.index.IntentRanker}: every intent scored from the
 * {@link org.lacreview.index.IntentClassifier}'s probability and the closest examples in
 * the index ({@link org.lacreview.index.ExampleRetrieval}), moved by the entities named,
 * the sections found, how much of the question the intent's own words cover
 * ({@link org.lacreview.index.IntentVocabulary}) and the families it is always about
 * ({@link org.lacreview.index.DefiningFamilies}); a word the question's language does not
 * use is read as another corpus language reads it
 * ({@link org.lacreview.index.BorrowedTerms}), and a question that repeats an example
 * word for word goes to its intent first
 * ({@link org.lacreview.index.ExactExamples}).</li>
 * <li><b>Decision</b> — first, "¿qué otros … además de X?" selects the other values of
 * X's family ({@link org.lacreview.index.OtherValuesAsked}); then
 * {@link org.lacreview.index.DialogResolver}, given the question's
 * {@link org.lacreview.index.Reading}, makes a {@link org.lacreview.index.Decision} (the
 * intent followed from the conversation by {@link org.lacreview.index.FollowedIntent},
 * the refusals of the best intent by {@link org.lacreview.index.BestIntentRefusals}, its
 * slot's values from the conversation by {@link org.lacreview.index.SlotFromContext}):
 * passes over the intents that do not give the kind of answer the question asks for
 * ({@link org.lacreview.index.AnswerKinds}, {@link org.lacreview.index.text.AskedKind}:
 * "¿dónde…?" a place), then answers the best intent (or one the question's value or words
 * favour: {@link org.lacreview.index.FirstChoice}; or, for a count of a numbered family's
 * values the best does not speak of, one about that family:
 * {@link org.lacreview.index.CountedFamilies}) or falls back (a value the document does
 * not cover, a capitalised name no language of the corpus uses
 * ({@link org.lacreview.index.UnknownNames}), a follow-up with nothing to follow (unless
 * one intent describes the value it names: {@link org.lacreview.index.ValueDescription}),
 * a score under the corpus's threshold, a word the corpus does not know where what the
 * question counts or names, or a value of the intent's slot or defining family, should
 * be; a figure asked for a value its figures are not broken down by, or a quoted figure
 * asked what it is made of: {@link org.lacreview.index.Breakdowns}; a count quoting a
 * figure of values the intent never speaks of:
 * {@link org.lacreview.index.QuotedFigureOwners}; a count of the intent's slot values
 * said of a value it never speaks of: {@link org.lacreview.index.CountsOfUnspokenValues};
 * a number asked for each value of a family without figures ("por país"):
 * {@link org.lacreview.index.BreakdownsNotGiven}, or per value of a family with figures
 * that the intent's figure is not broken down by ("¿cuántos inscritos cada día?"):
 * {@link org.lacreview.index.FiguresAskedPerFamily}; one part of a value given as a
 * whole: {@link org.lacreview.index.ValueParts}; an answer barely ahead of a reading that
 * would be refused: {@link org.lacreview.index.CloseRival}; a question of question words
 * only after small talk: {@link org.lacreview.index.BareQuestions}, or after answers
 * about values by an intent about none of them; a bare "how many?" after a list counts
 * the values listed: {@link org.lacreview.index.BareFollowUps},
 * {@link org.lacreview.index.ListedCount}; a count of a family the last answer spoke of
 * goes on with it: {@link org.lacreview.index.CountedFamilies#spokenOfLast}; a kind the
 * last answer's intent does not give is asked of a value it mentioned:
 * {@link org.lacreview.index.KindOfANamedValue}; "what about X?" goes on like "and X?":
 * {@link org.lacreview.index.QuestioningOpenings}), and which values the answer is about,
 * from the question or the conversation ({@link org.lacreview.index.DialogState},
 * {@link org.lacreview.index.LastTopic}, which also joins the last two turns' values for
 * a difference asked after answers about two families, and
 * {@link org.lacreview.index.AgainstLastAnswer}, which sets the values a follow-up names
 * against the last answer's); a follow-up naming nothing stays on the last answer's
 * topic, or goes on with the last answer's intent over the whole of its slot, a group's
 * figure within its value, a count its text gives, or between the ends it gave, or adds
 * two counts its text gives ({@link org.lacreview.index.ContextFollowUps},
 * {@link org.lacreview.index.CountedInLastValues}); a short follow-up keeps the kind of
 * answer the last intent gives first, and a bare "why?" after a description gives it
 * again ({@link org.lacreview.index.KindKept}); an intent under the threshold answers
 * when a computation over values the question names, or a pointer back to values the
 * conversation has, says what is wanted, or when small talk splits between intents that
 * answer from no section ({@link org.lacreview.index.UnderThreshold}), which also names
 * the best intent whose answer may still hold a question no intent fits. A count of one
 * family asked about a value of another is made over the values the answer about that
 * value names ({@link org.lacreview.index.CountedInAnswer}: the workshops a day's agenda
 * lists).</li>
 * <li><b>Composition</b> — {@link org.lacreview.index.AnswerComposer} with
 * {@link org.lacreview.index.IntentTexts} and
 * {@link org.lacreview.index.TemplateRenderer}, or the computation the question asks
 * ({@link org.lacreview.index.ComputedReplies}; read by
 * {@link org.lacreview.index.OperationReader}, from the phrases of
 * {@link org.lacreview.index.OperationPhrases}, the nouns of
 * {@link org.lacreview.index.CountedNouns} and the ordinals of
 * {@link org.lacreview.index.RankOrdinals}, an order's phrase giving way to a more
 * telling one after it ({@link org.lacreview.index.OrdersGivingWay}), refined by
 * {@link org.lacreview.index.NamedValueOperations},
 * {@link org.lacreview.index.ShareAmongNamed},
 * {@link org.lacreview.index.PerFiguredFamily} and
 * {@link org.lacreview.index.WholesAndEnds}, read as an
 * {@link org.lacreview.index.AskedOperation}, with a count's bound on figures from
 * {@link org.lacreview.index.CountBounds} and the end a template ranks from by
 * {@link org.lacreview.index.AnswerAggregates}) by the first of the intents
 * {@link org.lacreview.index.ComputingCandidates} lists that can, over the values'
 * figures or dates (of every dated family named, for a count of days)
 * ({@link org.lacreview.index.Computations}: {@link org.lacreview.index.SlotComputations}
 * with {@link org.lacreview.index.FigureFills},
 * {@link org.lacreview.index.QuotedComputations} and
 * {@link org.lacreview.index.ComputedSentences};
 * {@link org.lacreview.index.DateComputations} in the unit
 * {@link org.lacreview.index.DateUnits} reads, {@link org.lacreview.index.Shares} with
 * the value a share is of from {@link org.lacreview.index.WholeOfShare}, and
 * {@link org.lacreview.index.Operands} across families, a family's whole the question
 * names ({@link org.lacreview.index.FamilyWholes}) or a value included with the rest of
 * its family ({@link org.lacreview.index.IncludedValues}) and two values on either side
 * of a plus or minus word ({@link org.lacreview.index.JoinedValues}) among them, two
 * groups of values set against each other ({@link org.lacreview.index.GroupedValues}), a
 * value without a figure of its own whose figure the question quotes
 * ({@link org.lacreview.index.QuotedOperands}), the total of the values one name stands
 * for, asked as a count, or how many values it names
 * ({@link org.lacreview.index.NamedSetTotals}), or a count per value named of a family
 * without figures ({@link org.lacreview.index.PerValueCounting},
 * {@link org.lacreview.index.PerValueCounts}), a figure a value's text gives another read
 * by {@link org.lacreview.index.FiguresInTexts}; failing those, over the figures the
 * question quotes from the chosen answer's text,
 * {@link org.lacreview.index.QuotedFigures}, or the two counts that text gives for a sum
 * quoting none), or when no intent fits the intent whose answer, in the question's
 * language, holds the question, else the best intent's answer when one of its sentences
 * holds enough of a question of known words, else a sentence of the document that does
 * ({@link org.lacreview.index.AnswerSearch} over
 * {@link org.lacreview.index.SentenceIndex}es): the answer's template filled with the
 * values' attributes, its sources and suggestions, or the fallback with questions the bot
 * can answer ({@link org.lacreview.index.FallbackComposer}); the
 * {@link org.lacreview.index.Reply} carries the {@link org.lacreview.index.Answer} (with
 * its {@link org.lacreview.index.Trace}) and the conversation's new state, to which
 * {@link org.lacreview.index.AnswerListing} adds the values the answer listed and
 * {@link org.lacreview.index.SuperlativePick} the end a superlative asked for, when the
 * answer gave both.</li>
 * </ol>
 * Six second readings, each used only when it does better: a question under the threshold
 * whose words point back ("¿qué hizo ella?") ranked again with them read as what the last
 * answer was about ({@link org.lacreview.index.entity.EntityExtractor#withAntecedent}); a
 * question not understood whose message mixes two corpus languages is read again in the
 * other ({@link org.lacreview.index.text.Detection#mixedWith()}); a run-on not understood
 * is read again from its first question word, when the words before it name nothing
 * ({@link org.lacreview.index.text.QuestionReader#fromQuestionWord}); a follow-up under
 * the threshold is read after the previous question ("c'était quel jour ?" after an
 * area's theme), when that says more than the previous question alone and keeps to what
 * was asked, and a bare computation after the two previous questions ("la différence ?"
 * after two figures) ({@link org.lacreview.index.AfterPreviousQuestion}); a message whose
 * question the reader cut from a greeting, refused, is read whole when small talk answers
 * it ({@link org.lacreview.index.AnswerEngine}), and a message whose sentences are all
 * small talk gets the reply of the one understood
 * ({@link org.lacreview.index.SmallTalkSentences}).
 */
package org.lacreview.index;
