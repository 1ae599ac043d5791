/**
 * Lists and search results page by page, and auto-pagination over them.
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.runtime.pages;
