#pragma once

#include <QString>

// Qt Sql binds a null QString as SQL NULL. Text columns of the store are NOT NULL and hold ""
// when there is nothing, so every text value goes through this before bindValue.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
