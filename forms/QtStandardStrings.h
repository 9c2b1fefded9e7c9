#pragma once

#include <QList>

// Qt's own user-visible texts that Qabyldau's catalogues translate (Qt has no Kazakh catalogue).
namespace QtStandardStrings {

struct Entry
{
    const char *context; // Qt's translation context, e.g. "QPlatformTheme"
    const char *source;  // Qt's English source text, exactly as Qt writes it, e.g. "&Yes"
};

// Every entry, in the order of QtStandardStrings.cpp.
QList<Entry> entries();

} // namespace QtStandardStrings
