package utility

import "github.com/exsh/exsh/cmdlet"

// AddTo declares the PowerShell utility, management and core cmdlets in r.
func AddTo(r *cmdlet.Registry) {
	addAddMember(r)
	addChildItem(r)
	addCommand(r)
	addCompare(r)
	addContent(r)
	addCsvIn(r)
	addCsvOut(r)
	addForEach(r)
	addFormatTableList(r)
	addFormatWide(r)
	addGroup(r)
	addHelp(r)
	addHistory(r)
	addPSReadLine(r)
	addHost(r)
	addSecureString(r)
	addNewItem(r)
	addVariable(r)
	addLocation(r)
	addMeasure(r)
	addMember(r)
	addOut(r)
	addPath(r)
	addProgress(r)
	addRandom(r)
	addSelect(r)
	addSort(r)
	addUnsupported(r)
	addNewObject(r)
	addWhere(r)
	addWrite(r)
}
