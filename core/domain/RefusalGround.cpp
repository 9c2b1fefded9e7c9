#include "domain/RefusalGround.h"

#include <QCoreApplication>

namespace RefusalGrounds {

QList<RefusalGround> all()
{
    return {RefusalGround::DocumentsMissingOrOutOfDate, RefusalGround::MedicalContraindications,
            RefusalGround::OtherReasons, RefusalGround::FalseDocuments, RefusalGround::RequirementsNotMet};
}

QString code(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::DocumentsMissingOrOutOfDate: return QStringLiteral("34.1");
    case RefusalGround::MedicalContraindications: return QStringLiteral("34.2");
    case RefusalGround::OtherReasons: return QStringLiteral("34.3");
    case RefusalGround::FalseDocuments: return QStringLiteral("9.1");
    case RefusalGround::RequirementsNotMet: return QStringLiteral("9.2");
    }
    return {};
}

std::optional<RefusalGround> fromCode(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (RefusalGround ground : all())
        if (code(ground) == trimmed)
            return ground;
    return std::nullopt;
}

QString citation(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::DocumentsMissingOrOutOfDate:
        return QCoreApplication::translate("RefusalGrounds", "clause 34, subclause 1) of the Rules");
    case RefusalGround::MedicalContraindications:
        return QCoreApplication::translate("RefusalGrounds", "clause 34, subclause 2) of the Rules");
    case RefusalGround::OtherReasons:
        return QCoreApplication::translate("RefusalGrounds", "clause 34, subclause 3) of the Rules");
    case RefusalGround::FalseDocuments:
        return QCoreApplication::translate("RefusalGrounds", "Appendix 4 to the Rules, item 9, subitem 1)");
    case RefusalGround::RequirementsNotMet:
        return QCoreApplication::translate("RefusalGrounds", "Appendix 4 to the Rules, item 9, subitem 2)");
    }
    return {};
}

QString label(RefusalGround ground)
{
    // RULES 6.4: the wording of clause 34 and of Appendix 4 item 9.
    switch (ground) {
    case RefusalGround::DocumentsMissingOrOutOfDate:
        return QCoreApplication::translate("RefusalGrounds", "Documents required for the contract were not presented or are out of date");
    case RefusalGround::MedicalContraindications:
        return QCoreApplication::translate("RefusalGrounds", "The documents show medical contraindications to attending a kindergarten");
    case RefusalGround::OtherReasons:
        return QCoreApplication::translate("RefusalGrounds", "Other reasons arising from the supporting documents");
    case RefusalGround::FalseDocuments:
        return QCoreApplication::translate("RefusalGrounds", "The documents or the data in them were found to be false");
    case RefusalGround::RequirementsNotMet:
        return QCoreApplication::translate("RefusalGrounds", "The recipient or the documents do not meet the requirements of the legal acts");
    }
    return {};
}

bool sendsToStopList(RefusalGround ground)
{
    // RULES 5: false documents or data (Appendix 4 item 9.1) send the application to the stop list.
    return ground == RefusalGround::FalseDocuments;
}

} // namespace RefusalGrounds
