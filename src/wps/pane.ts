/**
 * The WPS task pane (ui/taskpane.html in dist-wps): the Excel add-in's pane, unchanged
 * (src/taskpane, which finds the WPS host through connectHost), plus the ribbon's requests:
 * 检查工作簿 on the ribbon runs the pane's own check, with its progress and 取消.
 */
import "../taskpane/taskpane";
import { wpsGlobal } from "../host/wps/global";
import { RUN_CHECK, announce } from "../taskpane/events";
import { watchPaneRequests } from "./requests";

const wps = wpsGlobal();
if (wps) watchPaneRequests(wps, () => document.body?.dataset.ready === "true", () => announce(RUN_CHECK, {}));
