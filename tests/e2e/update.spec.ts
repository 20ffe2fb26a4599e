import { serveCopy } from './support'
import { updateScenarios } from './update-scenarios'

updateScenarios('an update while the app is open', serveCopy)
