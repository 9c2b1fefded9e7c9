#pragma once

#include <QList>
#include <QString>

#include <optional>

// RULES 6.4: the grounds of a reasoned refusal (дәлелді жауап), by the clause that gives them.
enum class RefusalGround {
    DocumentsMissingOrOutOfDate, // 34.1: documents for the contract missing or out of date
    MedicalContraindications,    // 34.2
    OtherReasons,                // 34.3: other reasons arising from the supporting documents
    FalseDocuments,              // Appendix 4 item 9.1: documents or data found false
    RequirementsNotMet,          // Appendix 4 item 9.2: recipient or materials do not meet legal requirements
};

namespace RefusalGrounds {

QList<RefusalGround> all();

// "34.1", "34.2", "34.3", "9.1", "9.2": what the CLI takes (--ground) and the letter cites.
QString code(RefusalGround ground);
std::optional<RefusalGround> fromCode(const QString &code);

// The clause as cited, in the UI language: "Rules, clause 34, subclause 1)",
// "Appendix 4, item 9, subitem 1)".
QString citation(RefusalGround ground);
// The ground in the UI language, one sentence (for the desk's pick list).
QString label(RefusalGround ground);

// RULES 5: after a refusal on 9.1 (false documents or data) the application goes to the stop
// list; after any other ground it returns to the queue with its original filing date.
bool sendsToStopList(RefusalGround ground);

} // namespace RefusalGrounds
