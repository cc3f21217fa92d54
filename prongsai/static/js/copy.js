// Copy buttons: <button data-copy="element-id" hidden>. Shown only where the clipboard works.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button[data-copy]")) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      await navigator.clipboard.writeText(source.textContent.replace(/\s+/g, ""));
      button.textContent = button.dataset.done || "✓";
    });
  }
});
