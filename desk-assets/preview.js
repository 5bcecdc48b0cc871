// Live preview in the entry editor: posts the form to /entries/preview as you type and shows the
// answer as the bot will write it, and what a save would refuse (the same rules as the CLI).
(function () {
  var form = document.getElementById('entry-form');
  if (!form) return;
  var timer = null;
  var seq = 0;
  function render(target, answer) {
    target.textContent = '';
    if (!answer) return;
    var card = document.createElement('div');
    card.className = 'card';
    var title = document.createElement('strong');
    title.textContent = answer.title;
    var status = document.createElement('span');
    status.className = 'tag';
    status.textContent = answer.status;
    var text = document.createElement('p');
    text.className = 'answer-text';
    text.textContent = answer.text;
    card.append(title, ' ', status, text);
    target.append(card);
  }
  function update() {
    var mine = ++seq;
    var body = new URLSearchParams(new FormData(form));
    fetch('/entries/preview', { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || mine !== seq) return;
        render(document.getElementById('preview-nb'), data.answers.nb);
        render(document.getElementById('preview-en'), data.answers.en);
        var problems = document.getElementById('preview-problems');
        problems.textContent = '';
        if (data.problems.length) {
          var list = document.createElement('ul');
          data.problems.forEach(function (p) {
            var li = document.createElement('li');
            li.textContent = p;
            list.append(li);
          });
          problems.append(list);
        }
        form.dataset.previewed = String(mine);
      })
      .catch(function () {});
  }
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  update();
})();
