# What `cmake --install` puts where (GNUInstallDirs), the CMake package pesmatch::pesmatch,
# pesmatch.pc for pkg-config, and the .deb that `cpack -G DEB` makes from the same install.
include(CMakePackageConfigHelpers)

set(PESMATCH_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pesmatch)

install(TARGETS pesmatch_shared pesmatch_core EXPORT pesmatchTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS pesmatch RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/pesmatch DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/include/pesmatch/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/pesmatch)
# Word lists, model and examples; the reference data (TERYT, CPV, PKD) is not shipped: copy it
# to share/pesmatch/reference or point $PESMATCH_REFERENCE at it.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/pesmatch/data)

install(EXPORT pesmatchTargets NAMESPACE pesmatch:: DESTINATION ${PESMATCH_CMAKE_DIR})
configure_package_config_file(cmake/pesmatchConfig.cmake.in ${PROJECT_BINARY_DIR}/pesmatchConfig.cmake
  INSTALL_DESTINATION ${PESMATCH_CMAKE_DIR})
# 0.x: a minor version may change the API, so `find_package(pesmatch 0.2)` accepts 0.2.* only.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/pesmatchConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/pesmatchConfig.cmake ${PROJECT_BINARY_DIR}/pesmatchConfigVersion.cmake
  DESTINATION ${PESMATCH_CMAKE_DIR})

# Relative to the .pc file, so that an install under any --prefix finds its own headers and library.
file(RELATIVE_PATH PESMATCH_PC_TO_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
configure_file(cmake/pesmatch.pc.in ${PROJECT_BINARY_DIR}/pesmatch.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pesmatch.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# cpack -G DEB: one package with the CLI, the libraries, headers and data; dpkg-shlibdeps
# (dpkg-dev) turns the linked libraries into Depends, hunspell-pl is read at run time.
set(CPACK_PACKAGE_NAME pesmatch)
set(CPACK_PACKAGE_VENDOR "pesmatch")
set(CPACK_PACKAGE_CONTACT "pesmatch maintainers <pesmatch@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Matches Polish social-economy entities (PES) to public tenders")
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hunspell-pl")
set(CPACK_GENERATOR DEB)
include(CPack)
