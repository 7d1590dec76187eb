/** Finds what a question names (days, dates, groups, areas, people) with OpenNLP's dictionary and regex finders. */
package org.lacreview.index.entity;
