# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
#
# Install rules and CPack packages (.deb and .tar.gz), included by the top-level CMakeLists.txt.
#   /usr/lib/gardefou/gardefou-host                                  the host
#   /etc/chromium/native-messaging-hosts/org.gardefou.host.json      Chromium, all users
#   /etc/opt/chrome/native-messaging-hosts/org.gardefou.host.json    Google Chrome, all users
#   /etc/opt/edge/native-messaging-hosts/org.gardefou.host.json      Microsoft Edge, all users
#   /usr/lib/mozilla/native-messaging-hosts/org.gardefou.host.json   Firefox, all users
#   /usr/share/doc/gardefou/                                          deploy.md, famille.md, policy examples
#   /usr/share/gardefou/install.sh                                    per-user set-up from a tarball
# Tests (ctest label "packaging"): tests/packaging/check-deb.sh <build dir>,
# tests/packaging/check-install-sh.sh <gardefou-host>.
include_guard(GLOBAL)
include("${PROJECT_SOURCE_DIR}/native-host/src/install/host_manifests.cmake")

set(GARDEFOU_PACKAGE_PREFIX "/usr")
set(GARDEFOU_PACKAGE_HOST "${GARDEFOU_PACKAGE_PREFIX}/lib/gardefou/gardefou-host")
set(_gardefou_manifests "${CMAKE_BINARY_DIR}/packaging/manifests")
gardefou_configure_host_manifests("${_gardefou_manifests}" "${GARDEFOU_PACKAGE_HOST}")

# Destinations are relative to the packaging prefix (/usr), except the browsers' fixed /etc dirs.
install(TARGETS gardefou-host RUNTIME DESTINATION lib/gardefou COMPONENT host)
foreach(dir /etc/chromium/native-messaging-hosts /etc/opt/chrome/native-messaging-hosts
            /etc/opt/edge/native-messaging-hosts)
  install(FILES "${_gardefou_manifests}/chromium/org.gardefou.host.json"
          DESTINATION "${dir}" COMPONENT host)
endforeach()
install(FILES "${_gardefou_manifests}/firefox/org.gardefou.host.json"
        DESTINATION lib/mozilla/native-messaging-hosts COMPONENT host)
install(FILES "${PROJECT_SOURCE_DIR}/scripts/install.sh" DESTINATION share/gardefou
        PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
                    WORLD_EXECUTE
        COMPONENT host)
foreach(doc deploy.md famille.md protocol.md)
  if(EXISTS "${PROJECT_SOURCE_DIR}/docs/${doc}")
    install(FILES "${PROJECT_SOURCE_DIR}/docs/${doc}" DESTINATION share/doc/gardefou COMPONENT host)
  endif()
endforeach()
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/policy-examples/"
        DESTINATION share/doc/gardefou/policy-examples COMPONENT host)

# --- CPack -----------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "gardefou")
set(CPACK_PACKAGE_VENDOR "Garde-fou")
set(CPACK_PACKAGE_CONTACT "Garde-fou <contact@gardefou.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "keeps identifying data out of health questions sent to AI chatbots (native host)")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX "${GARDEFOU_PACKAGE_PREFIX}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/;/node_modules/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "web")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Garde-fou native messaging host for Chrome, Chromium, Edge and Firefox.\n\
 gardefou-host finds names, phone numbers, social-security numbers and other\n\
 identifying data in what you are about to send to an AI chatbot, on your\n\
 computer only. Install the Garde-fou browser extension to use it.\n\
 Run \"gardefou-host doctor\" to check the installation.")
find_program(GARDEFOU_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(GARDEFOU_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
# Files under /etc belong to the administrator once installed (Debian policy 10.7.2).
file(WRITE "${CMAKE_BINARY_DIR}/packaging/conffiles"
     "/etc/chromium/native-messaging-hosts/org.gardefou.host.json\n"
     "/etc/opt/chrome/native-messaging-hosts/org.gardefou.host.json\n"
     "/etc/opt/edge/native-messaging-hosts/org.gardefou.host.json\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${CMAKE_BINARY_DIR}/packaging/conffiles")

set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
include(CPack)

# The checks read JSON with jq (Debian package jq); without it they are not registered.
find_program(GARDEFOU_DPKG_DEB dpkg-deb)
find_program(GARDEFOU_JQ jq)
if(GARDEFOU_BUILD_TESTS AND GARDEFOU_DPKG_DEB AND GARDEFOU_JQ)
  add_test(NAME packaging.deb
           COMMAND "${PROJECT_SOURCE_DIR}/tests/packaging/check-deb.sh" "${CMAKE_BINARY_DIR}")
  set_tests_properties(packaging.deb PROPERTIES LABELS packaging TIMEOUT 300)
endif()
if(GARDEFOU_BUILD_TESTS AND GARDEFOU_JQ AND NOT WIN32)
  add_test(NAME packaging.install_sh
           COMMAND "${PROJECT_SOURCE_DIR}/tests/packaging/check-install-sh.sh"
                   "$<TARGET_FILE:gardefou-host>")
  set_tests_properties(packaging.install_sh PROPERTIES LABELS packaging TIMEOUT 60)
endif()
