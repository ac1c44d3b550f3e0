# CPack: "cpack -G DEB" in the build folder makes wijkregie_<version>-<release>_<arch>.deb for Debian 12.
# The library dependencies come from dpkg-shlibdeps; what Qt loads at run time as plugins is listed by hand.
set(CPACK_PACKAGE_NAME wijkregie)
set(CPACK_PACKAGE_VENDOR "Wijkregie")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Wijkregie <beheer@wijkregie.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "register for the Dutch municipal ward director")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before it and indents it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Wijkregie keeps, per ward, the resident initiatives, the residents who carry
them and their hours, the partners and the agreements made with them. It
shows which initiatives are about to stop because they depend on one or two
people, prints ward reports for the council as PDF/A and exports CSV and XLSX
for policy staff. The user interface is Dutch; English is available.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded by Qt at run time, so dpkg-shlibdeps cannot see them: the SQLite driver and the platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Qt's own dialogs in Dutch; the team database on PostgreSQL.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
