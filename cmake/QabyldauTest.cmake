# qabyldau_add_test(NAME SOURCES file... LIBRARIES lib... [ENVIRONMENT VAR=value...])
#
# Builds a Qt Test executable and registers it with CTest. Every test runs on the
# offscreen platform with a fixed locale, so results never depend on the machine's
# display or language; each gets its own HOME and XDG folders under the build tree
# so that settings and stores written by one test never leak into another.
# The sanitizer build runs code 2 to 5 times slower (docs/testing.md): every test's time limit,
# and the guards against a hang inside the tests (tests/common/TestTime.h), are 3 times longer
# there. qabyldau_test_timeout(VAR SECONDS) sets VAR to SECONDS scaled.
if(QABYLDAU_SANITIZE)
    set(QABYLDAU_TEST_TIME_FACTOR 3)
else()
    set(QABYLDAU_TEST_TIME_FACTOR 1)
endif()

function(qabyldau_test_timeout out seconds)
    math(EXPR scaled "${seconds} * ${QABYLDAU_TEST_TIME_FACTOR}")
    set(${out} ${scaled} PARENT_SCOPE)
endfunction()

function(qabyldau_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES} qabyldau_settings)
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/common")
    target_compile_definitions(${name} PRIVATE QABYLDAU_TEST_TIME_FACTOR=${QABYLDAU_TEST_TIME_FACTOR})
    add_test(NAME ${name} COMMAND ${name})
    qabyldau_test_timeout(timeout 300)
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${name}")
    file(MAKE_DIRECTORY "${home}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;TZ=Asia/Almaty;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;${ARG_ENVIRONMENT}")
endfunction()
