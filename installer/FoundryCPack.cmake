# CPack: a Debian package per component and one relocatable tar.gz of everything.
#   cpack --config build/release/CPackConfig.cmake -B build/release/packages   (./dev package)
set(CPACK_PACKAGE_NAME "foundry-station")
set(CPACK_PACKAGE_VENDOR "Foundry Provisioning Station")
set(CPACK_PACKAGE_CONTACT "Foundry Provisioning Station maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL foundry-station foundry-station-sandbox)

set(CPACK_COMPONENT_FOUNDRY-STATION_DISPLAY_NAME "Foundry Provisioning Station")
set(CPACK_COMPONENT_FOUNDRY-STATION_DESCRIPTION
    "Puts AWS IoT client certificates from Foundry into devices over a serial port.
The station window (foundry-station) and its command line (foundry-station-cli)
ask the Foundry IoT platform for a certificate and key, check them, write them
into a device over a serial port, verify what the device stored, and only then
activate the certificate. Serial ports belong to the dialout group; the package
never changes groups: foundry-station-cli(1) says how to join it.")
set(CPACK_COMPONENT_FOUNDRY-STATION-SANDBOX_DISPLAY_NAME "Foundry Provisioning Station Sandbox")
set(CPACK_COMPONENT_FOUNDRY-STATION-SANDBOX_DESCRIPTION
    "Emulated Foundry and simulated devices for the station's Sandbox.
foundry-emulator serves the Foundry certificate API on loopback and
device-simulator plays a device on a pseudo-terminal, for practice and training.
The emulator links Qt HTTP Server; this package is distributed under GPL-3.0.")

# Debian: one package per component; libraries found by dpkg-shlibdeps, and what Qt and QCA load
# at run time, which linking does not show, named by hand: QCA's OpenSSL provider (without it no
# certificate can be checked), Qt's SQLite driver (the journal), the SVG plugins (the window's
# icons). The xcb and offscreen platform plugins come with libqt6gui6; Wayland is recommended.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "electronics")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_FOUNDRY-STATION_PACKAGE_NAME "foundry-station")
set(CPACK_DEBIAN_FOUNDRY-STATION_PACKAGE_DEPENDS "libqca-qt6-plugins, libqt6sql6-sqlite, qt6-svg-plugins")
set(CPACK_DEBIAN_FOUNDRY-STATION_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_FOUNDRY-STATION_PACKAGE_SUGGESTS "foundry-station-sandbox")
set(CPACK_DEBIAN_FOUNDRY-STATION-SANDBOX_PACKAGE_NAME "foundry-station-sandbox")
set(CPACK_DEBIAN_FOUNDRY-STATION-SANDBOX_PACKAGE_ENHANCES "foundry-station")

# The tar.gz: everything under one folder, with relative paths, to unpack and run anywhere.
# (The Debian packages name themselves: DEB-DEFAULT.)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_PACKAGE_FILE_NAME "foundry-station-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

include(CPack)
