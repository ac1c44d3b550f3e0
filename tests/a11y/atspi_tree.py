#!/usr/bin/python3
"""Reads Wijkregie the way the Orca screen reader does: through the AT-SPI accessibility tree.

Starts a private X server (Xvfb, on a display it picks itself), a D-Bus session bus (dbus-launch), the AT-SPI bus
and registry, and the real wijkregie on a small demo municipality with Qt's accessibility bridge switched on. Then
it walks the tree of the main views (signals, wards, initiatives, residents, dashboard) and of an editor (a new
initiative), writes the tree to a text file, and fails on focusable controls that a screen reader would announce
without a name. Everything it starts is stopped again, and the whole run is bounded in time.

Usage: atspi_tree.py --app build/release/app/wijkregie [--dump tree.txt] [--timeout 240]
Exit status: 0 all named, 1 unnamed controls found, 2 the run itself failed (a tool is missing, a timeout).
"""

import argparse
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# Roles a user tabs to and hears announced; each needs a name (or a label pointing at it).
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry", "password text",
    "spin button", "slider", "table", "tree table", "list", "tree", "page tab list", "date editor", "chart",
    "canvas", "image map", "link",
}
# Inputs whose own name on Linux is their value: the label must come through a relation.
VALUE_NAMED_ROLES = {"combo box"}
MAX_DEPTH = 40
MAX_CHILDREN = 40  # of a table or list: its first rows are enough to judge it, all of them take minutes


class RunFailure(Exception):
    pass


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("the accessibility check took too long" if signum == signal.SIGALRM else "stopped")


def wait_until(predicate, timeout, what, interval=0.2):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise RunFailure("timed out waiting for " + what)


class Session:
    """The processes of one run; stop() ends every one of them, also after an error."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.processes = []
        self.dbus_pid = None
        self.env = dict(os.environ)

    def start(self, name, argv, **kwargs):
        log = open(os.path.join(self.workdir, name + ".log"), "wb")
        process = subprocess.Popen(argv, stdout=kwargs.pop("stdout", log), stderr=log, env=self.env,
                                   start_new_session=True, **kwargs)
        self.processes.append((name, process))
        return process

    def stop(self):
        for name, process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    process.wait(timeout=5)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    try:
                        os.killpg(process.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
        if self.dbus_pid:
            try:
                os.kill(self.dbus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass


def start_xvfb(session):
    """Xvfb on a free display: -displayfd makes the server choose one and tell us."""
    read_end, write_end = os.pipe()
    process = session.start("xvfb", ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24",
                                     "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,))
    os.close(write_end)
    # Xvfb writes the number and then a newline, in two writes, and dies when the second one finds the pipe
    # closed: read up to the newline.
    reply = b""
    end = time.monotonic() + 20
    while not reply.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], max(0.0, end - time.monotonic()))
        if not ready:
            raise RunFailure("Xvfb did not start")
        chunk = os.read(read_end, 64)
        if not chunk:
            break
        reply += chunk
    os.close(read_end)
    number = reply.decode().strip()
    if not number.isdigit() or process.poll() is not None:
        raise RunFailure("Xvfb did not report a display")
    session.env["DISPLAY"] = ":" + number


def start_dbus(session):
    output = subprocess.run(["dbus-launch", "--sh-syntax"], env=session.env, capture_output=True, text=True,
                            timeout=20, check=True).stdout
    for line in output.splitlines():
        key, _, value = line.partition("=")
        value = value.rstrip(";").strip("'")
        if key == "DBUS_SESSION_BUS_ADDRESS":
            session.env["DBUS_SESSION_BUS_ADDRESS"] = value
        elif key == "DBUS_SESSION_BUS_PID":
            session.dbus_pid = int(value)
    if "DBUS_SESSION_BUS_ADDRESS" not in session.env:
        raise RunFailure("dbus-launch gave no bus address")


def bus_has(session, name):
    result = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:" + name],
                            env=session.env, capture_output=True, text=True, timeout=10)
    return "boolean true" in result.stdout


def find_libexec(name):
    for folder in ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/x86_64-linux-gnu/at-spi2-core"):
        path = os.path.join(folder, name)
        if os.access(path, os.X_OK):
            return path
    raise RunFailure(name + " not found (Debian package at-spi2-core)")


def start_atspi(session):
    session.start("at-spi-bus-launcher", [find_libexec("at-spi-bus-launcher"), "--launch-immediately"])
    wait_until(lambda: bus_has(session, "org.a11y.Bus"), 20, "the AT-SPI bus")
    address = subprocess.run(["dbus-send", "--session", "--print-reply=literal", "--dest=org.a11y.Bus",
                              "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=session.env, capture_output=True,
                             text=True, timeout=10).stdout.strip()
    if not address:
        raise RunFailure("the AT-SPI bus has no address")
    # The registry normally starts on demand on the accessibility bus; start it ourselves when it does not.
    registry_env = dict(session.env, AT_SPI_BUS_ADDRESS=address)
    saved = session.env
    session.env = registry_env
    session.start("at-spi2-registryd", [find_libexec("at-spi2-registryd"), "--use-gnome-session=false"])
    session.env = saved


def node_text(accessible):
    try:
        return accessible.name or ""
    except Exception:  # a node that went away while we read it
        return ""


def labelled_by(accessible, pyatspi):
    names = []
    try:
        for relation in accessible.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    names.append(node_text(relation.getTarget(i)))
    except Exception:
        pass
    return [n for n in names if n.strip()]


def walk(accessible, pyatspi, path, depth, lines, faults):
    try:
        role = accessible.getRoleName()
        state = accessible.getState()
        count = accessible.childCount
    except Exception:
        return
    name = node_text(accessible)
    labels = labelled_by(accessible, pyatspi)
    focusable = state.contains(pyatspi.STATE_FOCUSABLE)
    showing = state.contains(pyatspi.STATE_SHOWING)
    try:
        description = accessible.description or ""
    except Exception:
        description = ""
    flags = ("F" if focusable else "-") + ("S" if showing else "-")
    line = "%s%s [%s] %r" % ("  " * depth, role, flags, name)
    if labels:
        line += " labelled-by %r" % labels
    if description:
        line += " desc %r" % description
    lines.append(line)
    if focusable and showing and role in CONTROL_ROLES:
        named = bool(labels) if role in VALUE_NAMED_ROLES and not accessible.description else bool(
            name.strip() or labels)
        if not named:
            faults.append("%s: %s without a name%s" % (path, role, " (its value: %r)" % name if name else ""))
    if depth >= MAX_DEPTH or role in ("menu bar", "menu"):
        return
    limit = count if role not in ("table", "tree table", "list", "tree") else min(count, MAX_CHILDREN)
    for i in range(limit):
        try:
            child = accessible.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, pyatspi, path + "/" + (node_text(child) or child.getRoleName()), depth + 1, lines, faults)


def find_application(pyatspi, pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and (app.get_process_id() == pid or "wijkregie" in (app.name or "").lower()):
                return app
        except Exception:
            continue
    return None


def frames(app, pyatspi):
    result = []
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is not None and child.getRoleName() in ("frame", "dialog", "window"):
            result.append(child)
    return result


def find(accessible, predicate, depth=0):
    if accessible is None or depth > MAX_DEPTH:
        return None
    try:
        if predicate(accessible):
            return accessible
        count = accessible.childCount
        role = accessible.getRoleName()
    except Exception:
        return None
    if role in ("table", "tree table", "list", "tree"):
        return None
    for i in range(count):
        found = find(accessible.getChildAtIndex(i), predicate, depth + 1)
        if found is not None:
            return found
    return None


def plain(text):
    return text.replace("&", "").rstrip(".").strip()


def menu_item(frame, menu_names, item_names):
    """An item of a menu bar entry, by their texts (English or Dutch; mnemonics and "..." left out). Qt shows a
    menu bar as menu items, each with a popup menu holding the items."""
    bar = find(frame, lambda a: a.getRoleName() == "menu bar")
    if bar is None:
        return None
    for i in range(bar.childCount):
        entry = bar.getChildAtIndex(i)
        if entry is None or plain(node_text(entry)) not in menu_names:
            continue
        for j in range(entry.childCount):
            popup = entry.getChildAtIndex(j)
            for k in range(popup.childCount if popup is not None else 0):
                item = popup.getChildAtIndex(k)
                if item is not None and plain(node_text(item)) in item_names:
                    return item
    return None


def press(item):
    """Presses a menu item. Opening a modal dialog keeps the reply until it closes: a timeout is expected."""
    action = item.queryAction()
    try:
        action.doAction(0)
    except Exception:
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the wijkregie executable")
    parser.add_argument("--dump", help="write the tree here (default: in the work folder)")
    parser.add_argument("--timeout", type=int, default=240, help="seconds for the whole run")
    args = parser.parse_args()

    for tool in ("Xvfb", "dbus-launch", "dbus-send"):
        if shutil.which(tool) is None:
            print("atspi_tree: %s is missing (scripts/install-deps.sh --test installs it)" % tool, file=sys.stderr)
            return 2
    app_path = os.path.abspath(args.app)
    workdir = tempfile.mkdtemp(prefix="wijkregie-atspi-")
    session = Session(workdir)
    for folder in ("home", "config", "data", "cache", "runtime"):
        os.makedirs(os.path.join(workdir, folder), mode=0o700)
    session.env.update({
        "HOME": os.path.join(workdir, "home"),
        "XDG_CONFIG_HOME": os.path.join(workdir, "config"),
        "XDG_DATA_HOME": os.path.join(workdir, "data"),
        "XDG_CACHE_HOME": os.path.join(workdir, "cache"),
        "XDG_RUNTIME_DIR": os.path.join(workdir, "runtime"),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "NO_AT_BRIDGE": "0",
        "LC_ALL": "C.UTF-8",
    })
    session.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_alarm)  # ctest's timeout: stop what was started, then go
    signal.alarm(args.timeout)
    status = 2
    try:
        demo = os.path.join(workdir, "lindeveen.wijkregie")
        subprocess.run([app_path, "demo", demo], env=session.env, check=True, capture_output=True, timeout=120)
        start_xvfb(session)
        start_dbus(session)
        start_atspi(session)
        os.environ.update({k: session.env[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")})
        import pyatspi  # reads the session bus address from the environment

        process = session.start("wijkregie", [app_path, demo])
        app = wait_until(lambda: find_application(pyatspi, process.pid), 60, "wijkregie on the AT-SPI bus",
                         interval=0.5)
        main_frame = wait_until(lambda: next(iter(frames(app, pyatspi)), None), 30, "the main window")
        # The first view shows once the file is open: the navigation list has its pages.
        wait_until(lambda: find(main_frame, lambda a: a.getRoleName() == "list" and a.childCount >= 4), 30,
                   "the navigation of the open file")

        lines, faults = [], []
        view_menu = ("View", "Beeld")
        views = [("Signals", None), ("Wards", "Wijken"), ("Initiatives", "Initiatieven"), ("Residents", "Bewoners"),
                 ("Dashboard", "Dashboard")]
        for english, dutch in views:
            if dutch is not None:
                item = menu_item(main_frame, view_menu, (english, dutch))
                if item is None:
                    faults.append("View menu: no item %s" % english)
                    continue
                press(item)
                time.sleep(1.5)
            lines.append("== main window: %s" % english)
            walk(main_frame, pyatspi, "main window (%s)" % english, 0, lines, faults)

        # An editor: Edit > New record on the initiatives list opens the initiative editor (a modal dialog: the
        # press gets no answer until it closes, so it waits for a short time only).
        press(menu_item(main_frame, view_menu, ("Initiatives", "Initiatieven")))
        time.sleep(1.0)
        pyatspi.setTimeout(2000, 2000)
        new_record = menu_item(main_frame, ("Edit", "Bewerken"), ("New record", "Nieuw item"))
        if new_record is None:
            faults.append("Edit menu: no New record item")
        else:
            press(new_record)
            dialog = wait_until(lambda: next((f for f in frames(app, pyatspi) if f.getRoleName() == "dialog"), None),
                                30, "the editor dialog")
            time.sleep(1.0)
            lines.append("== editor: %s" % node_text(dialog))
            walk(dialog, pyatspi, "editor", 0, lines, faults)

        dump = args.dump or os.path.join(workdir, "atspi-tree.txt")
        with open(dump, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        controls = sum(1 for line in lines if "[FS]" in line)
        print("atspi_tree: %d nodes, %d focusable controls shown, tree in %s" % (len(lines), controls, dump))
        if controls < 20:
            faults.append("only %d focusable controls found: the tree was not read" % controls)
        for fault in faults:
            print("UNNAMED: " + fault)
        status = 1 if faults else 0
    except (RunFailure, Timeout, subprocess.SubprocessError, OSError) as error:
        print("atspi_tree: %s (logs in %s)" % (error, workdir), file=sys.stderr)
        status = 2
    finally:
        signal.alarm(0)
        session.stop()
        if status == 0 and not args.dump:
            shutil.rmtree(workdir, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
