// Suggestions for the search box: an ARIA 1.2 combobox with a listbox popup. The form works without this file;
// it only offers completions from /api/search/suggest as the visitor types.
(() => {
    "use strict";

    const input = document.querySelector("input[role='combobox'][data-suggest]");
    if (!input) {
        return;
    }
    const list = document.getElementById(input.getAttribute("aria-controls"));
    const status = document.getElementById(list.id + "-status");
    const delay = 150;
    let timer = 0;
    let request = null;
    let suggestions = [];
    let active = -1;

    function close() {
        list.hidden = true;
        list.replaceChildren();
        suggestions = [];
        active = -1;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function show(items) {
        list.replaceChildren();
        suggestions = items;
        active = -1;
        input.removeAttribute("aria-activedescendant");
        items.forEach((item, index) => {
            const option = document.createElement("li");
            option.id = list.id + "-" + index;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            // textContent, never innerHTML: suggestions are content text.
            option.textContent = item.text;
            option.addEventListener("mousedown", event => event.preventDefault());
            option.addEventListener("click", () => choose(index));
            list.append(option);
        });
        const open = items.length > 0;
        list.hidden = !open;
        input.setAttribute("aria-expanded", String(open));
        if (status) {
            status.textContent = open ? input.dataset.status.replace("{0}", String(items.length)) : "";
        }
    }

    function highlight(index) {
        const options = list.querySelectorAll("[role='option']");
        options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
        active = index;
        if (index < 0) {
            input.removeAttribute("aria-activedescendant");
            return;
        }
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
    }

    function choose(index) {
        input.value = suggestions[index].text;
        close();
        input.form.requestSubmit();
    }

    async function fetchSuggestions() {
        const q = input.value.trim();
        if (q.length === 0) {
            close();
            return;
        }
        request?.abort();
        request = new AbortController();
        const url = new URL(input.dataset.suggest, document.baseURI);
        url.searchParams.set("q", q);
        if (input.dataset.culture) {
            url.searchParams.set("culture", input.dataset.culture);
        }
        try {
            const response = await fetch(url, { signal: request.signal, headers: { Accept: "application/json" } });
            if (!response.ok) {
                close();
                return;
            }
            const body = await response.json();
            // An answer for words the visitor has since changed, or after they left the box, is dropped.
            if (input.value.trim() === q && document.activeElement === input) {
                show(body.suggestions ?? []);
            }
        } catch (error) {
            if (error.name !== "AbortError") {
                close();
            }
        }
    }

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(fetchSuggestions, delay);
    });

    input.addEventListener("keydown", event => {
        const count = suggestions.length;
        switch (event.key) {
            case "ArrowDown":
                if (count > 0) {
                    event.preventDefault();
                    list.hidden = false;
                    input.setAttribute("aria-expanded", "true");
                    highlight((active + 1) % count);
                }
                break;
            case "ArrowUp":
                if (count > 0) {
                    event.preventDefault();
                    highlight(active <= 0 ? count - 1 : active - 1);
                }
                break;
            case "Enter":
                if (active >= 0 && !list.hidden) {
                    event.preventDefault();
                    choose(active);
                }
                break;
            case "Escape":
                if (!list.hidden) {
                    event.preventDefault();
                    close();
                }
                break;
        }
    });

    input.addEventListener("blur", () => {
        clearTimeout(timer);
        close();
    });
})();
