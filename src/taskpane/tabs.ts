/**
 * The WAI-ARIA tabs pattern with automatic activation: the selected tab is the only one in
 * the tab order; ←/→ move between tabs (wrapping), Home/End go to the first/last.
 */
export type TabActivated = (tab: HTMLElement, panel: HTMLElement) => void;

export function initTabs(tablist: HTMLElement, onActivate: TabActivated): { select(id: string): void } {
  const tabs = Array.from(tablist.querySelectorAll<HTMLElement>('[role="tab"]'));
  const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute("aria-controls") ?? "") as HTMLElement;

  function select(tab: HTMLElement, focus: boolean): void {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      panelOf(other).hidden = !selected;
    }
    if (focus) tab.focus();
    onActivate(tab, panelOf(tab));
  }

  tablist.addEventListener("click", (e) => {
    const tab = (e.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
    if (tab && tabs.includes(tab) && tab.getAttribute("aria-selected") !== "true") select(tab, false);
  });

  tablist.addEventListener("keydown", (e) => {
    const current = tabs.indexOf(e.target as HTMLElement);
    if (current < 0) return;
    const next: Record<string, number> = {
      ArrowRight: (current + 1) % tabs.length,
      ArrowLeft: (current - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    select(tabs[next[e.key]], true);
  });

  return {
    select(id: string) {
      const tab = tabs.find((t) => t.id === id);
      if (tab) select(tab, false);
    },
  };
}
