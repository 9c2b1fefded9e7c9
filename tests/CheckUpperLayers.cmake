# Fails when a file above core (forms/, models/, reports/) knows the store's insides (issue 9
# item 1): it writes SQL (QSqlQuery, QSqlDatabase..., a statement in a string literal), takes the
# raw connection, or includes a store/ header that is not a store's public API. Pages call the
# stores; column names, queries and the journal stay in core/store. Run by CTest as
# `upper_layering`.
#
cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...)

# Store headers the upper layers may include: the stores' public API and the codes they share.
set(allowed_store_headers
    AccountStore.h           # the desk's accounts (DESIGN 9)
    ApplicationJson.h        # the codes of statuses and dates as the files and commands spell them
    ApplicationStore.h
    AuditTrail.h             # the audit of reads (DESIGN 9): record a read, list a period's
    CanonicalJson.h          # verification codes printed on documents (RULES 11)
    ComplaintStore.h
    Database.h               # opening the store and handing it to the stores, nothing more
    DirectionStore.h
    EnrollmentStore.h
    Events.h                 # event codes, to name them in an application's history
    KindergartenProfileStore.h
    KindergartenStore.h
    PlaceStore.h
    PrintedDocuments.h       # what a printed document sends the queue server to confirm its code (RULES 11)
    QueueStore.h
    Registers.h
    SettingsStore.h)

set(problems "")
foreach(dir IN LISTS UPPER_DIRS)
    file(GLOB_RECURSE files "${dir}/*.h" "${dir}/*.cpp")
    foreach(file IN LISTS files)
        file(READ "${file}" text)

        # Qt's SQL classes, and the raw connection a Database hands out.
        string(REGEX MATCHALL "QSql(Query|Database|Error|Record|Driver|Field|Index|QueryModel|TableModel)|<QtSql|(\\.|->)connection\\(\\)" sql_api "${text}")
        if(sql_api)
            list(REMOVE_DUPLICATES sql_api)
            string(APPEND problems "\n  ${file}: uses the SQL API: ${sql_api}")
        endif()

        # An SQL statement in string literals (uppercase keywords, as the stores write them).
        # Adjacent literals are joined, as the compiler joins them, so a statement split over
        # lines is seen whole. Character literals holding a quote are dropped first.
        string(REPLACE "'\"'" "" code "${text}")
        string(REPLACE "'\\\"'" "" code "${code}")
        string(REGEX MATCHALL "\"([^\"\\\\\n]|\\\\.)*\"" literals "${code}")
        string(JOIN " " joined ${literals})
        string(REPLACE "\"" "" joined "${joined}")
        string(REGEX MATCH "SELECT[ \t][^;]*FROM[ \t]|INSERT[ \t]+(OR[ \t]+[A-Z]+[ \t]+)?INTO[ \t]|UPDATE[ \t]+[A-Za-z_]+[ \t]+SET[ \t]|DELETE[ \t]+FROM[ \t]|CREATE[ \t]+(TABLE|INDEX|UNIQUE INDEX|TRIGGER|VIEW)[ \t]" statement "${joined}")
        if(statement)
            string(SUBSTRING "${statement}" 0 60 statement)
            string(APPEND problems "\n  ${file}: SQL in a string literal: \"${statement}...\"")
        endif()

        # store/ headers other than the allowed ones.
        string(REGEX MATCHALL "#[ \t]*include[ \t]*[\"<][^\">]*store/[A-Za-z0-9_]+\\.h" includes "${text}")
        foreach(include IN LISTS includes)
            string(REGEX REPLACE ".*store/" "" header "${include}")
            if(NOT header IN_LIST allowed_store_headers)
                string(APPEND problems "\n  ${file}: includes store/${header} (not a store's public API)")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Above core, only the stores know the database:${problems}")
endif()
