#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStyle>

#include <optional>

// The areas of the desk, in navigation order; Ctrl+1 ... Ctrl+9 follow this order.
enum class DeskArea {
    Queue,
    Applications,
    ApplicationList, // issue 13 item 4: the registered applications, corrected, withdrawn, reprinted
    Enrollment,
    Directions,
    Vacancies,
    Complaints,
    Registers,
    Settings,
};

// Names, one-line summaries and icons of the areas, in the current UI language.
class DeskAreas
{
    Q_DECLARE_TR_FUNCTIONS(DeskAreas)

public:
    static QList<DeskArea> all();
    static QString name(DeskArea area);
    // One sentence on what the area holds, shown on its page.
    static QString summary(DeskArea area);
    static QStyle::StandardPixmap icon(DeskArea area);

    // A stable code for settings ("queue", "applications", ...); never translated.
    static QString code(DeskArea area);
    static std::optional<DeskArea> fromCode(const QString &code);
};
