/*
 * ROD Author in an old Windows webview. Word 2019 and earlier can show add-ins with Internet Explorer 11
 * (Trident) or Edge Legacy (EdgeHTML), which cannot run ROD Author's scripts (ES2022): the pane would stay
 * blank and the ribbon button would do nothing. This file is ES5 so those engines can run it. It does nothing
 * in any other browser.
 *
 * In the task pane it shows the message in #legacy-webview at once. In the ribbon's function file it answers
 * "Insert ROD template" by opening the task pane page in a dialog, which shows the same message.
 * Detection as Microsoft documents it: https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11
 * webpack.config.js copies this file as it is (bundling would add ES2022), under a hashed name in production.
 */
(function () {
  var agent = window.navigator.userAgent;
  // "Edge/" is Edge Legacy; Chromium Edge (WebView2) says "Edg/".
  if (agent.indexOf("Trident") === -1 && agent.indexOf("Edge/") === -1) return;

  function showMessage() {
    var message = document.getElementById("legacy-webview");
    if (!message) return;
    var problem = document.getElementById("startup-problem");
    if (problem) problem.style.display = "none";
    message.removeAttribute("hidden");
    message.style.display = "block";
  }

  function taskPaneUrl() {
    // String operations rather than regular expressions, which would rescan a long address from every character.
    var page = window.location.href.split(/[?#]/)[0];
    return page.slice(0, page.lastIndexOf("/") + 1) + "taskpane.html";
  }

  function insertRodTemplate(event) {
    var done = function () {
      if (event && event.completed) event.completed();
    };
    try {
      window.Office.context.ui.displayDialogAsync(taskPaneUrl(), { height: 40, width: 30 }, done);
      // ES5 needs a name for the caught error, which is not used: without a dialog the button still completes.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (error) {
      done();
    }
  }

  if (document.getElementById("legacy-webview")) {
    showMessage();
  } else {
    // The function file: Word calls the function by the manifest's FunctionName, through the global in old
    // hosts and through Office.actions.associate in newer ones.
    window.insertRodTemplate = insertRodTemplate;
    if (window.Office && window.Office.onReady) {
      window.Office.onReady(function () {
        if (window.Office.actions && window.Office.actions.associate) window.Office.actions.associate("insertRodTemplate", insertRodTemplate);
      });
    }
  }
})();
