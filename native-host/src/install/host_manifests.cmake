# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
#
# The host manifests' inputs, shared by gardefou_install (C++), the manifest templates in
# manifests/ and cmake/packaging.cmake.
#
# Resolves the Chrome extension id(s) that host manifests must allow, once per configure:
#   GARDEFOU_CHROME_EXTENSION_IDS (cache, semicolon list): ids given explicitly (store ids...);
#   plus the id derived from extension/manifest.json's "key", computed by the host's own
#   derivation (chrome_id.cpp, run through try_run) so that CMake and C++ cannot disagree.
# Result: GARDEFOU_CHROME_EXTENSION_IDS_RESOLVED (cache, internal).
include_guard(GLOBAL)

set(GARDEFOU_CHROME_EXTENSION_IDS "" CACHE STRING
    "Chrome extension ids allowed to talk to gardefou-host (semicolon list), in addition to the id derived from extension/manifest.json's key")
get_filename_component(_gardefou_repo "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(GARDEFOU_EXTENSION_MANIFEST "${_gardefou_repo}/extension/manifest.json" CACHE FILEPATH
    "Extension manifest whose \"key\" pins the Chrome extension id")

function(gardefou_resolve_chrome_ids)
  set(ids ${GARDEFOU_CHROME_EXTENSION_IDS})
  if(EXISTS "${GARDEFOU_EXTENSION_MANIFEST}")
    set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 "${GARDEFOU_EXTENSION_MANIFEST}")
    file(READ "${GARDEFOU_EXTENSION_MANIFEST}" manifest)
    string(JSON key ERROR_VARIABLE no_key GET "${manifest}" key)
    if(NOT no_key AND key)
      set(tool_dir "${CMAKE_BINARY_DIR}/gardefou-chrome-id")
      try_run(run_result compile_result "${tool_dir}"
              SOURCES "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/chrome_id_tool.cpp"
                      "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/chrome_id.cpp"
                      "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/sha256.cpp"
              CXX_STANDARD 20 CXX_STANDARD_REQUIRED ON
              COMPILE_OUTPUT_VARIABLE compile_output
              RUN_OUTPUT_VARIABLE derived
              ARGS "${key}")
      if(compile_result AND run_result EQUAL 0 AND derived MATCHES "^[a-p]+$")
        list(APPEND ids "${derived}")
        message(STATUS "Garde-fou Chrome extension id (from ${GARDEFOU_EXTENSION_MANIFEST}): ${derived}")
      else()
        message(WARNING "Could not derive the Chrome extension id from the \"key\" in ${GARDEFOU_EXTENSION_MANIFEST}; set GARDEFOU_CHROME_EXTENSION_IDS.")
      endif()
    endif()
  endif()
  list(REMOVE_DUPLICATES ids)
  if(NOT ids)
    message(WARNING "No Chrome extension id: Chrome-family host manifests cannot be written. Add a \"key\" to extension/manifest.json or set GARDEFOU_CHROME_EXTENSION_IDS.")
  endif()
  set(GARDEFOU_CHROME_EXTENSION_IDS_RESOLVED "${ids}" CACHE INTERNAL "")
endfunction()

get_property(_gardefou_ids_done GLOBAL PROPERTY GARDEFOU_CHROME_IDS_RESOLVED)
if(NOT _gardefou_ids_done)
  gardefou_resolve_chrome_ids()
  set_property(GLOBAL PROPERTY GARDEFOU_CHROME_IDS_RESOLVED TRUE)
endif()

# gardefou_configure_host_manifests(<out_dir> <host_path>)
# Fills manifests/org.gardefou.host.{chromium,firefox}.json.in into <out_dir> for an executable
# installed at <host_path>. The result is byte-identical to what `gardefou-host install` writes,
# so a system install over the packaged files changes nothing (install_tests checks it).
function(gardefou_configure_host_manifests out_dir host_path)
  # Keep equal to kHostDescription in manifest.h (install_tests compares the results).
  set(GARDEFOU_HOST_DESCRIPTION
      "Garde-fou: keeps identifying data out of health questions sent to AI chatbots")
  set(GARDEFOU_HOST_NAME "org.gardefou.host")
  set(GARDEFOU_HOST_PATH "${host_path}")
  set(GARDEFOU_FIREFOX_EXTENSION_ID "gardefou@gardefou.org")
  set(origins "")
  foreach(id IN LISTS GARDEFOU_CHROME_EXTENSION_IDS_RESOLVED)
    if(origins)
      string(APPEND origins ",\n    ")
    endif()
    string(APPEND origins "\"chrome-extension://${id}/\"")
  endforeach()
  set(GARDEFOU_CHROME_ALLOWED_ORIGINS "${origins}")
  foreach(family chromium firefox)
    configure_file("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../../../manifests/org.gardefou.host.${family}.json.in"
                   "${out_dir}/${family}/org.gardefou.host.json" @ONLY)
  endforeach()
endfunction()
