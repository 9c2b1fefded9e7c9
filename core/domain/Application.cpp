#include "domain/Application.h"

QString PersonName::fullName() const
{
    // Kazakh and Russian documents write surname, name, patronymic; a patronymic is optional.
    QStringList parts;
    for (const QString &part : {surname, name, patronymic}) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts.join(u' ');
}
