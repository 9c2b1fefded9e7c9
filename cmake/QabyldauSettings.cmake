# One INTERFACE target carries the compile settings every Qabyldau target shares.
# Link it PRIVATE-ly from each target: qabyldau_settings never leaks to consumers.
add_library(qabyldau_settings INTERFACE)

target_compile_features(qabyldau_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(qabyldau_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
if(QABYLDAU_WERROR)
    target_compile_options(qabyldau_settings INTERFACE -Werror)
endif()

target_compile_definitions(qabyldau_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QABYLDAU_VERSION="${PROJECT_VERSION}")

# The sanitizer build (scripts/sanitize.sh, docs/testing.md): every target of the project, the
# libraries, the desk, the CLI, the server and the tests, with ASan and UBSan. A report aborts the
# process (no recovery), so a finding fails its test instead of scrolling past in its output.
if(QABYLDAU_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
