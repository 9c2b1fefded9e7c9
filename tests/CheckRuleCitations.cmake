# Fails, naming file:line, on any citation of the rules whose clause docs/rules.md does not mark.
# Run by CTest as `rule_citations`:
#   cmake -DSOURCE_DIR=<repository> -P CheckRuleCitations.cmake
#
# Clauses docs/rules.md marks (see its "How clause numbers are marked"):
#   a heading starting with a number        "### 6.2 The documents"        -> 6.2
#   a heading ending with "(def. N)"        "### 2.7 Queue ... (def. 7)"   -> def. 7
#   a list item starting with a bold key    "- **34.1** ...", "- **App. 4 item 9.2** ..."
# Citations read in *.cpp, *.h and *.md (docs/rules.md itself excepted):
#   "RULES 6.2", "RULES def. 6", "RULES definition 2", lists "RULES 6.2, 34.1", "RULES 6.2 / 12",
#   "RULES 6.2 and 34.1", ranges "RULES 3.1-3.2"; "Appendix 4 item 9.2", "Appendix 4 items 3, 10",
#   "Appendix 4 items 7.1-7.2", "Appendix 4, item 9, subitem 1)". Words after a number ("RULES 12
#   item 3", "RULES 6.2, last paragraph") end the citation.

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<repository> -P CheckRuleCitations.cmake")
endif()
set(rules_file "${SOURCE_DIR}/docs/rules.md")
if(NOT EXISTS "${rules_file}")
    message(FATAL_ERROR "${rules_file} does not exist")
endif()

# Reads a file into a list of lines. `;`, `[` and `]` would split or glue CMake list elements,
# so they are replaced first (`;` by `|`, which ends a citation as `;` does).
function(read_lines path out)
    file(READ "${path}" text)
    string(REPLACE ";" "|" text "${text}")
    string(REPLACE "[" "(" text "${text}")
    string(REPLACE "]" ")" text "${text}")
    string(REPLACE "\r" "" text "${text}")
    string(REPLACE "\n" ";" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# --- the clauses docs/rules.md marks ---------------------------------------------------------
set(clauses "")
read_lines("${rules_file}" rule_lines)
foreach(line IN LISTS rule_lines)
    if(line MATCHES "^#+ ([0-9]+(\\.[0-9]+)*)[. ]")
        list(APPEND clauses "${CMAKE_MATCH_1}")
    endif()
    if(line MATCHES "^#+ .*\\(def\\. ([0-9]+)\\)$")
        list(APPEND clauses "def. ${CMAKE_MATCH_1}")
    endif()
    if(line MATCHES "^ *[-*] \\*\\*([0-9]+(\\.[0-9]+)*|App\\. [0-9]+( item [0-9]+(\\.[0-9]+)?)?)\\*\\*")
        list(APPEND clauses "${CMAKE_MATCH_1}")
    endif()
endforeach()
list(REMOVE_DUPLICATES clauses)
list(LENGTH clauses clause_count)
if(clause_count LESS 20)
    message(FATAL_ERROR "docs/rules.md marks only ${clause_count} clauses: is its format broken?")
endif()

# --- the citations -------------------------------------------------------------------------
set(failures 0)
set(citation_count 0)

# Checks one cited key; `where` is file:line.
macro(check_clause key where)
    math(EXPR citation_count "${citation_count} + 1")
    list(FIND clauses "${key}" found)
    if(found EQUAL -1)
        message(SEND_ERROR "${where}: cites \"${key}\", which docs/rules.md does not mark")
        math(EXPR failures "${failures} + 1")
    endif()
endmacro()

set(files "")
foreach(dir IN ITEMS core forms models reports app server bench tests docs)
    file(GLOB_RECURSE found_files "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h"
                                  "${SOURCE_DIR}/${dir}/*.md")
    list(APPEND files ${found_files})
endforeach()
foreach(top IN ITEMS README.md CONTRIBUTING.md)
    if(EXISTS "${SOURCE_DIR}/${top}")
        list(APPEND files "${SOURCE_DIR}/${top}")
    endif()
endforeach()
list(REMOVE_ITEM files "${rules_file}")

foreach(file IN LISTS files)
    file(READ "${file}" whole)
    string(FIND "${whole}" "RULES " has_rules)
    string(FIND "${whole}" "Appendix 4" has_appendix)
    if(has_rules EQUAL -1 AND has_appendix EQUAL -1)
        continue()
    endif()
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
    read_lines("${file}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")

        # "RULES " followed by a list of clauses.
        set(rest "${line}")
        while(rest MATCHES "RULES (.*)$")
            set(tail "${CMAKE_MATCH_1}")
            set(first TRUE)
            while(TRUE)
                if(tail MATCHES "^(def\\.|definition) ([0-9]+)(.*)$")
                    set(key "def. ${CMAKE_MATCH_2}")
                    set(after "${CMAKE_MATCH_3}")
                elseif(tail MATCHES "^([0-9]+(\\.[0-9]+)*)(.*)$")
                    set(key "${CMAKE_MATCH_1}")
                    set(after "${CMAKE_MATCH_3}")
                else()
                    break()
                endif()
                # "RULES 3.3, 1:3" -- a ratio, not a second clause.
                if(NOT first AND after MATCHES "^:[0-9]")
                    break()
                endif()
                check_clause("${key}" "${relative}:${number}")
                set(tail "${after}")
                set(first FALSE)
                if(tail MATCHES "^(, | / |/| and |-)(.*)$")
                    set(tail "${CMAKE_MATCH_2}")
                else()
                    break()
                endif()
            endwhile()
            set(rest "${tail}")
        endwhile()

        # "Appendix 4 item(s) ..." followed by a list of items (Appendix 1's "items 1) to 10)"
        # are the categories of 3.1, not clauses).
        set(rest "${line}")
        while(rest MATCHES "Appendix 4(,| to the Rules,)? items? (.*)$")
            set(appendix 4)
            set(tail "${CMAKE_MATCH_2}")
            while(TRUE)
                if(tail MATCHES "^([0-9]+), subitem ([0-9]+)\\)(.*)$")
                    set(key "App. ${appendix} item ${CMAKE_MATCH_1}.${CMAKE_MATCH_2}")
                    set(after "${CMAKE_MATCH_3}")
                elseif(tail MATCHES "^([0-9]+(\\.[0-9]+)?)(.*)$")
                    set(key "App. ${appendix} item ${CMAKE_MATCH_1}")
                    set(after "${CMAKE_MATCH_3}")
                else()
                    break()
                endif()
                check_clause("${key}" "${relative}:${number}")
                set(tail "${after}")
                if(tail MATCHES "^(, |-| and )([0-9].*)$")
                    set(tail "${CMAKE_MATCH_2}")
                else()
                    break()
                endif()
            endwhile()
            set(rest "${tail}")
        endwhile()
    endforeach()
endforeach()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} of ${citation_count} rule citations lead nowhere in docs/rules.md")
endif()
message(STATUS "${citation_count} rule citations checked against ${clause_count} clauses of docs/rules.md")
