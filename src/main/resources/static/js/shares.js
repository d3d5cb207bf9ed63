// Rows of codes chosen from a list (countries, sectors), with or without percentages: shows their total as it is typed, adds rows on demand and names the code
// chosen from a datalist. The form works without it: the page already holds blank rows.
(function () {
  function total(fieldset) {
    var sum = 0;
    fieldset.querySelectorAll('input[type=number]').forEach(function (input) {
      var value = parseFloat(input.value);
      if (!isNaN(value)) {
        sum += value;
      }
    });
    var output = fieldset.querySelector('[data-total]');
    if (!output) {
      return;
    }
    output.textContent = String(Math.round(sum * 100) / 100);
    output.classList.toggle('off', Math.abs(sum - 100) > 0.001);
  }

  function name(input) {
    var label = input.parentElement.querySelector('.share-name');
    var list = input.list;
    if (!label || !list) {
      return;
    }
    var found = '';
    list.querySelectorAll('option').forEach(function (option) {
      if (option.value === input.value.trim()) {
        found = option.textContent.replace(/^\S+\s+—\s+/, '');
      }
    });
    label.textContent = found;
  }

  function addRow(fieldset) {
    var rows = fieldset.querySelectorAll('.share-row');
    var last = rows[rows.length - 1];
    var copy = last.cloneNode(true);
    copy.querySelectorAll('input, select').forEach(function (field) {
      field.value = '';
      field.id = field.name + '-' + (rows.length + 1);
    });
    var name = copy.querySelector('.share-name');
    if (name) {
      name.textContent = '';
    }
    last.after(copy);
    copy.querySelector('input, select').focus();
  }

  document.querySelectorAll('[data-shares]').forEach(function (fieldset) {
    fieldset.addEventListener('input', function (event) {
      total(fieldset);
      if (event.target.list) {
        name(event.target);
      }
    });
    fieldset.addEventListener('change', function () {
      total(fieldset);
    });
    var button = fieldset.querySelector('[data-add-row]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        addRow(fieldset);
      });
    }
    total(fieldset);
  });
})();
