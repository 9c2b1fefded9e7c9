#pragma once

#include <QString>

// The last pass over a filled document's HTML (DocumentTemplate::fill), for what a template
// alone cannot get right because it depends on the values put into it.
namespace Typography {

// Quotes inside quotes: «Ортаңғы топ «Балапан»» becomes «Ортаңғы топ „Балапан“», as Kazakh and
// Russian typography both write them, instead of two closing guillemets in a row. Counted per
// paragraph or table cell, so a value with a missing closing quote cannot reach the next one.
// Tags are left as they are.
QString nestQuotes(const QString &html);

// "№ 17" never splits at the line end: the space after № becomes a no-break space.
QString keepNumberSignWithNumber(const QString &html);

// "ИИН 220315500104" (ЖСН, БИН, БСН too) never splits at the line end: the space between the
// identifier's name and its digits becomes a no-break space, as after №.
QString keepIdentifierWithNumber(const QString &html);

// "Код проверки: 7b21e9a4c0" / "Тексеру коды: …" never splits: the label's words and the code
// after it are joined by no-break spaces, so a footer wraps before the label, not inside it.
QString keepVerificationCodeWithLabel(const QString &html);
// All of the above.
QString finish(const QString &html);

} // namespace Typography
