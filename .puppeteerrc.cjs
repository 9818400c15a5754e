// Browsers come from Debian's packages (see scripts/ensure-browsers.sh); puppeteer must never download one.
module.exports = { skipDownload: true };
